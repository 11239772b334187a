"""Counts in Russian: digits, number words in any case, and what they count.

"22 украинских беспилотника", "шестью ракетами", "около 17", "по одному", "двое военнослужащих",
"до десятка", "около сотни", "из них 32", "семь из восьми «Кинжалов»". A number is kept only
when it counts a weapon, people, "штук", or nothing named at all (an elliptic list item such as
"10 — над Ростовской областью"); "11 контратак", "23 ноября" and "9 регионами" are kept as
counts of something else (`other`), so that an elliptic "и один в Пермь" after "два авиарейса"
is not read as a weapon.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from claimledger.extract.document.tokens import Document, Sentence, Token
from claimledger.extract.lexicon import Lexicon
from claimledger.extract.mentions.each import each_of_after
from claimledger.extract.mentions.further import (
    a_further,
    an_age,
    definite_hit,
    no_number_openers,
    one_more,
    shared_modifier,
    the_other,
)
from claimledger.extract.mentions.numbers import (
    grew_to,
    may_be_number,
    number_lemma,
    read_number,
    round_noun_lemma,
)
from claimledger.extract.mentions.partitive import acts_after, of_debris, part_acts
from claimledger.extract.mentions.types import Quantity, WeaponPhrase
from claimledger.extract.mentions.weapons import is_stem
from claimledger.extract.mentions.zero import none_one

_MAX_HEAD_STEPS = 5
# Words a launch participle's agent and target may take before the weapon it qualifies.
_MAX_AGENT_WORDS = 6
# Parts of speech that start a clause of their own, not a participle's dependent.
_CLAUSE_POS = frozenset({"VERB", "PRTS", "INFN", "CONJ", "NUMR"})
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})


# How many words a launching participle's agent and target may take ("ворогом по Україні").
_LAUNCH_DEPENDENTS = 4


def _prefix(doc: Document, lex: Lexicon, sentence: Sentence, index: int) -> tuple[str, bool, int]:
    """(qualifier, distributive, first token) of the words before a number."""
    words = [doc.tokens[i].low for i in range(max(sentence.first, index - 4), index)]
    qualifier, used = qualifier_before(lex, words)
    first = index - used
    distributive = False
    if not used and words and words[-1] in lex.words.each_words:
        distributive = True
        first = index - 1
        qualifier, used = qualifier_before(lex, words[:-1])
        first -= used
    following = doc.tokens[index + 1 : min(sentence.last, index + 4)]
    if any(t.low in lex.words.each_words for t in following[1:]) and following[0].info.pos == (
        "PREP"
    ):
        distributive = True  # "one in each of the Lipetsk and Kursk regions"
    if each_of_after(doc, lex, sentence, index):
        distributive = True  # "three drones were shot down over each of the A, B and C regions"
    if following and following[0].low in lex.words.each_words and not following[0].info.is_noun:
        distributive = True  # "two each over the Belgorod and Tula regions"
    if _each_after_phrase(lex, following):
        distributive = True  # "one drone each was shot down over the Belgorod and Kursk regions"
    return qualifier, distributive, first


def _each_after_phrase(lex: Lexicon, following: Sequence[Token]) -> bool:
    """A word of "each" right after the counted phrase, a noun with its modifiers: "one drone
    each", "two Shahed drones each", "three Russian attack drones each"."""
    for position, token in enumerate(following):
        if token.low in lex.words.each_after_noun:
            return position > 0 and following[position - 1].info.is_noun
        if not (token.info.is_noun or token.info.pos == "ADJF"):
            return False
    return False


def find_quantities(
    doc: Document, lex: Lexicon, sentence: Sentence, phrases: list[WeaponPhrase], blocked: set[int]
) -> list[Quantity]:
    """Counts of one sentence, in text order."""
    found: list[Quantity] = []
    index = sentence.first
    openers = no_number_openers(lex)
    while index < sentence.last:
        if index in blocked:
            index += 1
            continue
        token = doc.tokens[index]
        read = read_number(doc, lex, sentence, index) if may_be_number(lex, token) else None
        if read is None and openers is not None and doc.tokens[index].low not in openers:
            index += 1  # none of the counts without a number below opens here
            continue
        if (
            read is None
            and doc.tokens[index].low in lex.words.articles
            and any(
                p.first == index + 1 and not shared_modifier(doc, lex, p) for p in phrases
            )
            and (
                doc.tokens[index + 1].low not in lex.words.ordinals
                or doc.tokens[index + 1].low in lex.words.fresh_words
            )
        ):  # "a fifth drone" says which one, but "a second drone fell" is one more
            read = (1, index + 1)  # "a drone", "an Su-34": one, a weapon phrase right after
        if (
            read is None
            and doc.tokens[index].low in lex.words.articles
            and index + 1 < sentence.last
            and number_lemma(lex, doc.tokens[index + 1]) in lex.round_nouns
        ):
            read = (lex.round_nouns[doc.tokens[index + 1].lemma], index + 2)  # "a dozen"
        if read is None and definite_hit(doc, lex, sentence, index, phrases):
            read = (1, index + 1)  # "the drone hit the village": the one that struck
        if read is None and one_more(doc, lex, sentence, index):
            read = (1, index + 1)  # "... and another over the Oryol region"
        if read is None and any(q.value == 1 for q in found):
            read = the_other(doc, lex, sentence, index)  # "one ..., and the other struck"
        if read is None and found:
            read = a_further(doc, lex, sentence, index)  # "two hit ..., and a third crashed"
        if read is None:
            index += 1
            continue
        value, end = read
        if value == 1 and none_one(doc, lex, index):
            value = 0  # "ни одного беспилотника": none
        quantity = _quantity(doc, lex, sentence, index, value, end, phrases)
        if quantity is not None:
            found.append(quantity)
            blocked.update(range(quantity.number_first, quantity.last))
            if quantity.whole is not None:
                # "21 of the 30 launched": the whole is read with its part, not as a count of
                # its own that the part's verb would take
                blocked.update(range(quantity.whole[1], quantity.whole[2]))
        index = end
    return found


def _quantity(
    doc: Document,
    lex: Lexicon,
    sentence: Sentence,
    index: int,
    value: int,
    end: int,
    phrases: list[WeaponPhrase],
) -> Quantity | None:
    if an_age(doc, lex, sentence, end):
        return None
    qualifier, distributive, first = _prefix(doc, lex, sentence, index)
    if qualifier == "at_most" and grew_to(doc, lex, sentence, first):
        qualifier = "exact"
    first_word = doc.tokens[index]
    # "около сотни" is 100; "сотни тысяч" or "десятки" alone are no count.
    if (
        first_word.lemma in lex.round_nouns
        and qualifier == "exact"
        and (first_word.info.numbers != frozenset({"sing"}))
        and first_word.low not in lex.round_nouns  # "півсотні": a form the lexicon lists itself
    ):
        return None
    quantity = Quantity(value, qualifier, first, index, end, distributive)
    quantity.share = _share_of(doc, lex, sentence, first)
    head = _skip_from(doc, lex, sentence, end, quantity, phrases)
    if head is None:
        return None
    if quantity.victims:  # "один из раненых скончался": the verb after it says what befell
        return quantity
    return _classify(doc, lex, sentence, head, quantity, phrases)


def _share_of(doc: Document, lex: Lexicon, sentence: Sentence, first: int) -> bool:
    """A count after "90 percent of (the)", "90% из": the whole a share was taken of."""
    probe, linked = first - 1, False
    words = lex.words
    while probe > sentence.first and doc.tokens[probe].low in words.from_fillers | words.from_words:
        linked = linked or doc.tokens[probe].low in words.from_words
        probe -= 1
    unit = doc.tokens[probe]
    percent = unit.low in words.percent or unit.lemma in words.percent
    return linked and probe < first - 1 and percent


def _skip_from(
    doc: Document,
    lex: Lexicon,
    sentence: Sentence,
    end: int,
    quantity: Quantity,
    phrases: list[WeaponPhrase],
) -> int | None:
    """Skip "из них" / "из восьми" / "of the drones" after a number; None for "один из" (one
    of several), but "одна з яких влучила": one of the weapons just counted."""
    if end < sentence.last and doc.tokens[end].low in lex.words.from_words:
        after = end + 1
        while after < sentence.last and doc.tokens[after].low in lex.words.from_fillers:
            after += 1  # "28 out of the 31"
        pronoun = after < sentence.last and doc.tokens[after].lemma in lex.words.pronouns_after_from
        one_of = after < sentence.last and doc.tokens[after].low in lex.words.one_of
        whole = read_number(doc, lex, sentence, after) if after < sentence.last else None
        if (
            quantity.value == 1
            and after == end + 1  # no filler: "one of the two missiles" stays as it was read
            and whole is not None
            and any(p.first == whole[1] for p in phrases)
        ):
            quantity.whole = (whole[0], after, whole[1])
            return whole[1]  # "одна з 3 ракет влучила": one of three, as "28 of 31"
        # "обломков одного из них упали": asked of a one only, the sole count it may cancel
        debris = quantity.value == 1 and of_debris(doc, lex, quantity.number_first)
        if quantity.value == 1 and not (
            (one_of and not debris and acts_after(doc, lex, sentence, after + 1))
            or part_acts(doc, lex, sentence, quantity.first, after, whole, phrases)
        ):
            named = next((p for p in phrases if p.first == after), None)
            cases = doc.tokens[quantity.number_first].info.all_grams & _CASES
            if (
                named is not None
                and (not cases or cases & {"nomn", "accs"})
                and not debris
                and acts_after(doc, lex, sentence, named.last)
            ):
                return after  # "одна з ракет влучила в укриття": one of them, acting (not
                # "уламки одного з дронів упали": its debris)
            hurt = lex.actions.get(doc.tokens[after].lemma)
            if after < sentence.last and hurt is not None and hurt.action in ("killed", "injured"):
                quantity.victims, quantity.last = True, after + 1  # "один из раненых скончался"
                return after
            return None
        if pronoun:
            quantity.elliptic = True
            return after + 1
        if whole is not None:
            quantity.whole = (whole[0], after, whole[1])
            return whole[1]
        if any(p.first == after for p in phrases):
            return after  # "five of Russia's missiles": five of those missiles
    return _spelled_out(doc, lex, sentence, end, quantity.value)


def _spelled_out(doc: Document, lex: Lexicon, sentence: Sentence, end: int, value: int) -> int:
    """Past the same number written out in brackets: "117 (сто семнадцать) БПЛА"."""
    if end + 2 >= sentence.last or doc.tokens[end].text != "(":
        return end
    read = read_number(doc, lex, sentence, end + 1)
    if read is None or read[0] != value or read[1] >= sentence.last:
        return end
    return read[1] + 1 if doc.tokens[read[1]].text == ")" else end


def _adjective_before(token: Token, index: int, phrases: list[WeaponPhrase]) -> bool:
    """An adjective, or a word that may be one right before a weapon: "101 ударним БпЛА" (a
    count ending in 1 takes the singular, and the analyzer reads "ударним" first as a noun)."""
    return token.info.is_adjective or (
        "ADJF" in token.info.all_grams and any(p.first == index + 1 for p in phrases)
    )


def _owner_of_victims(doc: Document, lex: Lexicon, index: int, sentence: Sentence) -> bool:
    """ "трое ее детей", "двоє його синів": whose the people counted are, between the count and
    its noun (adjectives may follow it: "трое ее маленьких детей")."""
    if doc.tokens[index].low not in lex.words.possessives:
        return False
    after = index + 1
    while after < sentence.last and doc.tokens[after].info.is_adjective:
        after += 1
    return after < sentence.last and _is_victim(lex, doc.tokens[after])


def _classify(
    doc: Document,
    lex: Lexicon,
    sentence: Sentence,
    start: int,
    quantity: Quantity,
    phrases: list[WeaponPhrase],
) -> Quantity | None:
    index = start
    steps = 0
    unknown: int | None = None
    while index < sentence.last and steps < _MAX_HEAD_STEPS:
        phrase = next((p for p in phrases if p.first <= index < p.last), None)
        if phrase is not None:
            quantity.weapon = _mixed(doc, lex, phrase, phrases)
            quantity.last = max(quantity.last, quantity.weapon.last)
            return quantity
        token = doc.tokens[index]
        agent_end = _past_launch_agent(doc, lex, sentence, index, phrases)
        round_number = round_noun_lemma(lex, doc.tokens[quantity.number_first]) is not None
        if agent_end is not None and not round_number:
            # not "о полусотне сбитых над Украиной дронов": a headline's round restatement
            index = agent_end
            steps += 1
            continue
        if token.text in lex.words.quotes or _owner_of_victims(doc, lex, index, sentence) or (
            _adjective_before(token, index, phrases) and not _is_victim(lex, token)
        ) or token.low in lex.words.such_words or (
            # "три його дрони", "три їхні дрони": whose the weapons counted are
            token.low in lex.words.possessives and any(p.first == index + 1 for p in phrases)
        ):
            index += 1
            steps += 1
            if token.lemma in lex.words.launch_verbs:
                index = _launch_dependents(doc, sentence, index, phrases)
            continue
        if is_stem(token, lex) or (token.is_word and token.info.pos is None and unknown is None):
            # "4 аеробал. ракети"; a word the analyzer does not know ("2 розвідувальни БПЛА", a
            # transcription's typo) counts the weapon only if one follows
            unknown = unknown if is_stem(token, lex) else index
            index += 2 if _stop_after(doc, index, sentence) else 1
            steps += 1
            continue
        break
    if unknown is not None and quantity.weapon is None:
        index = unknown
    if quantity.elliptic:
        return quantity
    head = doc.tokens[index] if index < sentence.last else None
    if head is not None and head.lemma in lex.words.event_nouns:
        # "5 влучань ракет", "12 попаданий ракет", "20 пусків КАБ", "20 launches of guided
        # bombs": a count of events of the weapon after it
        after = index + 2 if _linked(doc, lex, index + 1, sentence) else index + 1
        phrase = next((p for p in phrases if p.first == after), None)
        if phrase is not None:
            quantity.weapon = phrase
            quantity.last = max(quantity.last, phrase.last)
            return quantity
        event = lex.actions.get(head.lemma)
        launches = lex.words.launch_event_nouns
        strikes = head.lemma in lex.words.strike_nouns  # "762 strikes on 17 settlements"
        if event is not None and not strikes and (
            event.action == "hit"
            or (head.lemma in launches or head.low in launches)  # not "два удара": attacks
        ):
            # "Два прильоти", "20 launches were recorded": events of the weapon spoken of
            quantity.elliptic = True
            return quantity
    if head is not None and head.low in lex.words.elliptic_nouns:
        quantity.elliptic = True  # "34 others vanished from radar"
        return quantity
    if head is not None and head.lemma in lex.words.item_nouns:
        quantity.items = True
        quantity.last = index + 1
        return quantity
    if head is not None and _is_victim(lex, head):
        quantity.victims = True
        quantity.last = index + 1
        return quantity
    if head is not None and _counts_other(head):
        quantity.other = True
        return quantity
    if doc.tokens[quantity.number_first].lemma in lex.words.collective_numerals:
        quantity.victims = True
        return quantity
    quantity.elliptic = True
    return quantity


def _linked(doc: Document, lex: Lexicon, index: int, sentence: Sentence) -> bool:
    """A word that joins an event noun to its weapon ("launches of guided bombs")."""
    return index < sentence.last and doc.tokens[index].low in lex.words.event_links


def _past_launch_agent(
    doc: Document, lex: Lexicon, sentence: Sentence, index: int, phrases: list[WeaponPhrase]
) -> int | None:
    """ "81 запущенного Россией беспилотника", "50 запущенных ВСУ по Курской области
    беспилотников", "о 42 сбитых за ночь беспилотниках": a launch or downing participle's
    agent, target or time stand between the count and its weapon; the index of the weapon
    phrase they lead to, or None. Words only, no clause mark, so that "50 запущенных, 38
    сбитых" keeps its counts apart."""
    token = doc.tokens[index]
    if token.info.pos != "PRTF":
        return None
    acted = lex.actions.get(token.lemma)
    if token.lemma not in lex.words.launch_verbs | lex.words.supply_verbs and not (
        acted is not None and acted.action in ("intercepted", "suppressed")
    ):
        return None
    for ahead in range(index + 1, min(sentence.last, index + _MAX_AGENT_WORDS + 2)):
        if any(p.first == ahead for p in phrases):
            return ahead if ahead > index + 1 else None
        if not doc.tokens[ahead].is_word or doc.tokens[ahead].info.pos in _CLAUSE_POS:
            return None
    return None


def _launch_dependents(
    doc: Document, sentence: Sentence, index: int, phrases: list[WeaponPhrase]
) -> int:
    """After a participle of launching, the words of its own ("50 запущених ворогом по Україні
    шахедів"): the weapon phrase they lead to, if one follows within a few words and no mark or
    count stands between; else where they start."""
    for ahead in range(index, min(sentence.last, index + _LAUNCH_DEPENDENTS + 1)):
        if any(p.first == ahead for p in phrases):
            return ahead
        token = doc.tokens[ahead]
        if not token.is_word or token.text[:1].isdigit() or token.info.pos in ("VERB", "NUMR"):
            break
    return index


def _stop_after(doc: Document, index: int, sentence: Sentence) -> bool:
    return index + 1 < sentence.last and doc.tokens[index + 1].text == "."


def _mixed(
    doc: Document, lex: Lexicon, phrase: WeaponPhrase, phrases: list[WeaponPhrase]
) -> WeaponPhrase:
    """ "seven missiles and drones": one count of weapons of two kinds, air targets of mixed
    kinds (weapon None); only where the second noun has no number of its own."""
    after = phrase.last
    if after + 1 >= len(doc.tokens) or doc.tokens[after].low not in lex.words.and_words:
        return phrase
    second = next((p for p in phrases if p.first == after + 1), None)
    if second is None or second.weapon == phrase.weapon or second.first != second.head:
        return phrase  # "missiles and two drones", "drones and cruise missiles" (a kind named)
    if phrase.number != "sing" and second.number == "sing":
        # "128 дронами та ракетою", "9 БпЛА та ракету" (an abbreviation tells no number): the
        # count is the first noun's, the missile one
        return phrase
    return replace(phrase, weapon=None, model=None, last=second.last, head=second.head)


def _is_victim(lex: Lexicon, token: Token) -> bool:
    victims = lex.words.victim_nouns
    return token.is_word and (token.lemma in victims or token.low in victims)


def _counts_other(token: Token) -> bool:
    """A noun (or a symbol such as "%") after a number: the number counts something else."""
    if token.text in ("%", "$", "€", "₽", "°"):
        return True
    if not token.is_word:
        return False
    if token.info.is_noun or token.info.pos is None:
        return True
    return "Abbr" in token.info.all_grams and token.info.pos not in ("PREP", "CONJ", "PRCL")


def qualifier_before(lex: Lexicon, words: Sequence[str]) -> tuple[str, int]:
    """The qualifier that `words` (lower case, in text order) end with, and how many words it takes.

    `words` are the words right before a number; ("exact", 0) when none applies. The longest
    sequence wins, so "не менее" beats "менее"; fillers may follow it ("более чем 50").
    """
    skip = 0
    while skip < len(words) and words[len(words) - 1 - skip] in lex.qualifier_fillers:
        skip += 1
    body = words[: len(words) - skip]
    best: tuple[str, int] = ("exact", 0)
    for sequence, qualifier in lex.qualifiers:
        size = len(sequence)
        if size > best[1] and size <= len(body) and tuple(body[-size:]) == sequence:
            best = (qualifier, size)
    if best[1]:
        return best[0], best[1] + skip
    return best

